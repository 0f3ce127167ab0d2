/** The contract's operations, bundled as text by esbuild (scripts/build.js). */
declare module "*.graphql" {
  const text: string;
  export default text;
}

/** Style sheets, bundled by esbuild: imported for their effect only. */
declare module "*.css";
