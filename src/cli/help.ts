const inputOptions = `Input:
  FILE                    a listing file, or - to read stdin (default:
                          seeds/daily-papers.txt when it exists here)
  --input-format NAME     text, markdown, text-dump, api-json or arxiv-jsonl
                          (default: detected from the input)
  --year YYYY             the year of dates shown without one (Sep 16)
  --categories LIST       with arxiv-jsonl: keep these categories (cs.LG,cs.CL;
                          an archive such as cs keeps all of cs.*)`

const outputOptions = `Output:
  -o, --output FILE       write to FILE instead of stdout
  -q, --quiet             do not print warnings about the input (errors
                          that stop the run still print)
  -h, --help              show this help`

const exitCodes = `Messages about the input go to stderr as file:line:column: reason [ruleId].
Exit codes: 0 done, 1 input could not be read (or a fatal message), 2 usage.`

/**
 * Help texts, per command; `''` is the general help.
 *
 * @example
 * process.stdout.write(help.claims ?? help[''])
 */
export const help: Record<string, string> = {
  '': `benchmark-claims: quantitative benchmark claims from paper listings (no LLM, no network)

Usage:
  benchmark-claims papers [FILE|-] [--format jsonl|json|csv]
  benchmark-claims claims [FILE|-] [--format csv|jsonl|json] [--jobs N]
  benchmark-claims leaderboard [FILE|-] [--benchmark NAME] [--metric NAME] [--format md|csv|json]
  benchmark-claims report [FILE|-] -o report.html

Commands:
  papers        the paper records of a listing
  claims        one row per claimed result (the main command)
  leaderboard   best claimed value per model, per benchmark and metric
  report        one self-contained HTML page with leaderboards and a chart

Options:
  -h, --help     show help (also: benchmark-claims COMMAND --help)
  -v, --version  show the version

Example:
  benchmark-claims claims seeds/daily-papers.txt -o claims.csv

${exitCodes}`,

  papers: `Usage: benchmark-claims papers [FILE|-] [options]

Read a listing (Hugging Face Daily Papers page as text, Markdown, text dump or
API JSON, or arXiv metadata JSON Lines) into paper records.

  -f, --format NAME       jsonl (default), json or csv

${inputOptions}

${outputOptions}

Example:
  benchmark-claims papers seeds/daily-papers.txt --format csv -o papers.csv

${exitCodes}`,

  claims: `Usage: benchmark-claims claims [FILE|-] [options]

Extract the quantitative benchmark claims of every abstract, one row per
claim, written as the input is read (any size, flat memory).

  -f, --format NAME       csv (default), jsonl or json
  -j, --jobs N            threads to extract with, on inputs over 2 MB
                          (default: the number of cores, at most 4; 1 runs
                          everything on the main thread)

${inputOptions}

${outputOptions}

Example:
  benchmark-claims claims seeds/daily-papers.txt -o claims.csv
  cat arxiv.jsonl | benchmark-claims claims - --input-format arxiv-jsonl --categories cs.LG

${exitCodes}`,

  leaderboard: `Usage: benchmark-claims leaderboard [FILE|-] [options]

Pivot the claims into leaderboards: per benchmark and metric, one row per
model with its best claimed value. Claims with only a change (+4.9%) form the
gains table.

  -f, --format NAME       md (default), csv or json (both tables)
  --table NAME            with csv: boards (default) or gains
  --benchmark NAME        keep this benchmark (repeat, or a comma list)
  --metric NAME           keep this metric
  --model NAME            keep this model
  --since YYYY-MM-DD      keep papers published on or after this day
  --until YYYY-MM-DD      keep papers published on or before this day
  -j, --jobs N            threads to extract with (see claims --help)

${inputOptions}

${outputOptions}

Example:
  benchmark-claims leaderboard seeds/daily-papers.txt --benchmark MATH-500

${exitCodes}`,

  report: `Usage: benchmark-claims report [FILE|-] -o report.html [options]

Write one self-contained HTML page (no network): leaderboards per benchmark as
sortable tables, a chart of claimed gains, and every claim in its sentence.

  --title TEXT            the page title
  --benchmark NAME        keep this benchmark (repeat, or a comma list)
  --metric NAME           keep this metric
  --model NAME            keep this model
  -j, --jobs N            threads to extract with (see claims --help)

${inputOptions}

${outputOptions}

Example:
  benchmark-claims report seeds/daily-papers.txt -o report.html

${exitCodes}`
}
