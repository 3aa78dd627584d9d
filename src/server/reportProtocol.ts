// The `newslens/report` request (issue 6): the client asks, the server builds the team report
// over the indexed sources, reporting progress per source (LSP work-done progress on the token
// the client passes) and stopping when the request is cancelled. Plain types only: both sides
// import this file.

export const ReportRequest = 'newslens/report';

export type ReportFormat = 'md' | 'json';

export interface ReportParams {
  /** The workspace folder (URI) the report covers; its `.newslens/` holds the annotations and lexicon. */
  readonly folder: string;
  /** Only the sources under this URI (a sub-folder of `folder`), when given. */
  readonly scope?: string;
  readonly format: ReportFormat;
  /** Where the client will write the report (URI): links to the articles are made relative to it. */
  readonly target: string;
  /** LSP work-done progress token; the server reports one step per source on it. */
  readonly workDoneToken?: string;
}

export interface ReportResult {
  readonly content: string;
  readonly sources: number;
  readonly annotations: number;
  /** Files that could not be used (malformed annotation files, the lexicon), phrased for a person; they were left untouched. */
  readonly problems: readonly string[];
}
