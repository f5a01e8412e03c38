// The `benchmark-claims` command: a thin entry, the work is in `src/cli/`.
import {version} from '../package.json'
import {main} from './cli/main.js'

process.exitCode = await main(process.argv.slice(2), version)
