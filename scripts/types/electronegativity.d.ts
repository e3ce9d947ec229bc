/** The documented programmatic API of @doyensec/electronegativity (the package ships no types). */
declare module '@doyensec/electronegativity' {
  interface Level {
    name: string;
    value: number;
  }
  /** One finding. */
  export interface ElectronegativityIssue {
    id: string;
    file: string;
    location: { line: number; column: number };
    sample: string;
    description: string;
    severity: Level;
    confidence: Level;
    manualReview: boolean;
  }
  /** A file the scanner could not parse (`tolerable` when it still scanned it). */
  export interface ElectronegativityError {
    file: string;
    message: string;
    tolerable: boolean;
  }
  export interface ElectronegativityOptions {
    input: string;
    isRelative?: boolean;
    customScan?: string[];
    excludeFromScan?: string[];
    parserPlugins?: string[];
    electronVersion?: string;
  }
  export interface ElectronegativityResult {
    globalChecks: number;
    atomicChecks: number;
    errors: ElectronegativityError[];
    issues: ElectronegativityIssue[];
  }
  export default function run(options: ElectronegativityOptions): Promise<ElectronegativityResult>;
}
