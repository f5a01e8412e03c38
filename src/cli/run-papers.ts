import type {Paper} from '../schema/paper.js'
import {streamPaperBatches} from '../stream/stream-paper-batches.js'
import {toCsv, type TableRecord} from '../table/to-csv.js'
import type {Session} from './create-session.js'

/** The CSV columns of a paper: its fields, nested ones flattened. */
const paperColumns = [
  'index',
  'title',
  'abstract',
  'authors',
  'organization_handle',
  'organization_name',
  'date_year',
  'date_month',
  'date_day',
  'published',
  'comments',
  'upvotes',
  'arxiv_id',
  'links',
  'line'
] as const

/**
 * `benchmark-claims papers`: write the paper records as they are read —
 * JSON Lines (the `Paper` fields), a JSON array, or CSV (nested fields
 * flattened, links space-separated, `line` of the record in the input).
 *
 * @example
 * await runPapers(session)
 */
export async function runPapers(session: Session): Promise<void> {
  const {format} = session.args
  const {output} = session
  let written = 0

  if (format === 'csv') await output.write(toCsv([], {columns: paperColumns}))
  if (format === 'json') await output.write('[')

  for await (const papers of streamPaperBatches(session.chunks, session.streamOptions)) {
    if (format === 'csv') {
      await output.write(toCsv(papers.map(toRecord), {columns: paperColumns, header: false}))
    } else {
      let text = ''
      for (const paper of papers) {
        text += format === 'jsonl' ? JSON.stringify(paper) + '\n' : (written++ === 0 ? '\n  ' : ',\n  ') + JSON.stringify(paper)
      }

      await output.write(text)
    }
  }

  if (format === 'json') await output.write(written === 0 ? ']\n' : '\n]\n')
}

function toRecord(paper: Paper): TableRecord {
  return {
    index: paper.index,
    title: paper.title,
    abstract: paper.abstract,
    authors: paper.authors,
    organization_handle: paper.organization?.handle,
    organization_name: paper.organization?.name,
    date_year: paper.date?.year,
    date_month: paper.date?.month,
    date_day: paper.date?.day,
    published: paper.published,
    comments: paper.comments,
    upvotes: paper.upvotes,
    arxiv_id: paper.arxivId,
    links: paper.links.map((link) => link.url).join(' '),
    line: paper.position.record.start.line
  }
}
