import { bare } from '@shared/model/agency'
import type { DraftSummary } from '../drafts'

/** One agency's report on one year, whatever the spaces in the name or the width of its brackets: two alike are told apart by origin. */
export const twinKey = (d: Pick<DraftSummary, 'agency' | 'year'>): string => `${bare(d.agency)}|${d.year}`
