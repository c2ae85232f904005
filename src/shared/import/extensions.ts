// What the importer reads, for the open dialogs (a module of its own: the dialogs must not load the importer).
export const IMPORT_EXTENSIONS: readonly string[] = [
  'txt',
  'html',
  'htm',
  // a web archive (单个文件网页) saved by Word or WPS
  'mht',
  'mhtml',
  'docx',
  'doc',
  // Word's XML (2003 WordML, the 2007 flat package) saved as .xml; named .doc it is read by its content
  'xml',
  'pdf',
  'ofd',
  'json'
]
