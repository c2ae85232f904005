/** A file a reader refuses, for a reason said to the person in Chinese (not a bug in the reader). */
export class ImportRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportRefusal'
  }
}
