// The package ships types that its `exports` map does not expose; declare the one export we use.
declare module '@ideditor/country-coder' {
  export const borders: { features: { properties: Record<string, unknown> }[] };
}
