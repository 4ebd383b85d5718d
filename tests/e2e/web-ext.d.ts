/** The part of web-ext's programmatic API the package test uses (web-ext ships no types). */
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(params: Record<string, unknown>, options: { shouldExitProgram: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}
