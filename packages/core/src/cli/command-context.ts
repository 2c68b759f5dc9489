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
    };
  };
  stdout: (text: string) => void;
  stderr: (line: string) => void;
  writeFile: (path: string, text: string) => void;
}
