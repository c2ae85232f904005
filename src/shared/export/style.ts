// Typography shared by the html and docx exports: GB/T 9704-2012 公文 sizes and the system Chinese fonts.
// Fonts are named, never embedded or fetched: Windows has 仿宋/黑体/楷体/宋体, domestic Linux has Noto CJK.

/** font-family lists for CSS, most specific first; single quotes because they go into style="…". */
export const CSS_FONTS = {
  title:
    "方正小标宋简体, 'FZXiaoBiaoSong-B05S', 小标宋, 华文中宋, STZhongsong, 宋体, SimSun, 'Noto Serif CJK SC', serif",
  body: "仿宋_GB2312, FangSong_GB2312, 仿宋, FangSong, STFangsong, 宋体, SimSun, 'Noto Serif CJK SC', serif",
  heading1: "黑体, SimHei, 'Microsoft YaHei', 微软雅黑, 'Noto Sans CJK SC', 思源黑体, sans-serif",
  heading2: "楷体_GB2312, KaiTi_GB2312, 楷体, KaiTi, STKaiti, 'Noto Serif CJK SC', serif",
  table: "宋体, SimSun, 'Noto Serif CJK SC', 仿宋, FangSong, serif"
} as const

/** Font names for Word, which takes one name per script. */
export const WORD_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  table: '宋体',
  pageNumber: '宋体',
  latin: 'Times New Roman'
} as const

export type WordFont = (typeof WORD_FONTS)[keyof typeof WORD_FONTS]

/** How Word is to find a stand-in for a font the PC lacks (word/fontTable.xml, ECMA-376 §17.8.3). */
export interface WordFontFace {
  /** Tried when the font itself is missing. */
  readonly altName?: string
  /** 86: GB2312, so that any stand-in is a Chinese font; 00: ANSI. */
  readonly charset: '86' | '00'
  readonly family: 'auto' | 'roman' | 'modern'
  readonly pitch: 'fixed' | 'variable'
}

/**
 * Windows has 仿宋, 楷体, 黑体 and 宋体 but not 仿宋_GB2312 or 楷体_GB2312, and seldom 方正小标宋简体; told nothing, Word
 * draws those in a stand-in of its own choosing, often a Latin font's fallback. These name the system's
 * nearest, as WPS writes them.
 */
export const WORD_FONT_FACES: Record<WordFont, WordFontFace> = {
  方正小标宋简体: { altName: '宋体', charset: '86', family: 'auto', pitch: 'variable' },
  仿宋_GB2312: { altName: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  黑体: { altName: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { altName: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  宋体: { altName: 'SimSun', charset: '86', family: 'auto', pitch: 'variable' },
  'Times New Roman': { charset: '00', family: 'roman', pitch: 'variable' }
}

/** Sizes in points: 2号 22, 3号 16, 4号 14, 五号 10.5. */
export const PT = { title: 22, body: 16, pageNumber: 14, table: 10.5 } as const

/** Page margins in millimetres (GB/T 9704-2012 §5.2.1). */
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const

/** Fixed line pitch: 22 lines in the 225 mm text block, ≈ 28.95 pt. */
export const LINE_PT = 28.95
