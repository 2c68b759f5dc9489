/** What a command writes out: text whole or in pieces (written as they come), or bytes. */
export type Output = string | Iterable<string> | Uint8Array;

/** What a command gets: its parsed arguments and where to write. */
export interface CommandContext {
  args: {
    positionals: string[];
    values: Record<string, string | boolean | undefined> & {
      format?: string;
      to?: string;
      out?: string;
      directory?: string;
      'infer-lead'?: string;
      'many-units'?: string;
      'max-size'?: string;
      jobs?: string;
      lang?: string;
    };
  };
  /** writes text and a line break to standard output; resolves once a slow reader has room for more */
  stdout: (text: string) => Promise<void>;
  /** writes a file's content to standard output as it is: text in pieces, or a binary file */
  stdoutContent: (content: Output) => Promise<void>;
  /** whether standard output is a terminal, where a binary file must not go */
  stdoutIsTerminal: boolean;
  stderr: (line: string) => void;
  /** whether standard error is a terminal, where progress is drawn in place */
  stderrIsTerminal?: boolean;
  /** writes to standard error as given, with no line break (a progress bar); absent where unsupported */
  stderrText?: (text: string) => void;
  /** writes a file; one that cannot be written is a `CliError` naming the path and why */
  writeFile: (path: string, content: Output) => Promise<void>;
}
