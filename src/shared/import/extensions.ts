// What the importer reads, for the open dialogs (a module of its own: the dialogs must not load the importer).
export const IMPORT_EXTENSIONS: readonly string[] = [
  'txt',
  'html',
  'htm',
  'docx',
  'doc',
  'pdf',
  'ofd',
  'json'
]
