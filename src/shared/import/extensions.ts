// What the importer reads, for the open dialogs (a module of its own: the dialogs must not load the importer).
import type { FileFilter } from '../api'

export const IMPORT_EXTENSIONS: readonly string[] = [
  'txt',
  'html',
  'htm',
  // a page a CMS serves with server-side includes, saved as it was named
  'shtml',
  'shtm',
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

/** An open dialog's filter for every file: Electron's and the system dialogs' wildcard, alone. */
export const ALL_FILES = '*'

/**
 * The import dialogs' filters: the kinds above first, then every file. The importer knows a file by its
 * content and says in Chinese what it cannot read, so a .wps, or a report saved without an extension, is
 * for it to judge, not for its name to hide.
 */
export const importFilters = (known: string, all: string): FileFilter[] => [
  { name: known, extensions: [...IMPORT_EXTENSIONS] },
  { name: all, extensions: [ALL_FILES] }
]
