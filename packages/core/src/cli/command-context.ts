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
      lang?: string;
    };
  };
  stdout: (text: string) => void;
  /** writes bytes to standard output as they are: a binary file */
  stdoutBytes: (bytes: Uint8Array) => void;
  /** whether standard output is a terminal, where a binary file must not go */
  stdoutIsTerminal: boolean;
  stderr: (line: string) => void;
  writeFile: (path: string, content: string | Uint8Array) => void;
}
