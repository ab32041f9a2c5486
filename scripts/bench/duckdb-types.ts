/**
 * The little of `@duckdb/node-api` the peer bench uses, typed here because
 * the package is installed on demand under bench-data/, not in node_modules.
 */
export interface DuckDBConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRows(): unknown[][] }>;
  closeSync(): void;
}

export declare const DuckDBInstance: {
  create(path: string): Promise<{ connect(): Promise<DuckDBConnection> }>;
};
