/**
 * The command line run in this process (`main` with its input and output in strings): the
 * same code as `lede`, without starting Node for each case.
 */
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export async function lede(args: string[], input = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    input: Readable.from([input]),
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
  });
  return { status, stdout, stderr };
}
