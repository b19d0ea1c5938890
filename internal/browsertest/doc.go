// Package browsertest checks, in a real headless Chromium, that the Neo4j
// Browser URL relmap prints connects to the server and shows a canned
// query's graph. It has only tests.
//
// The test needs Chromium (/usr/bin/chromium, or RELMAP_CHROMIUM; install
// it with scripts/install-chromium) and the local server's Browser over
// HTTP (RELMAP_BROWSER_URL, else http://localhost:$NEO4J_HTTP_PORT/browser/,
// port 7474 by default). Without them it skips, except with CI=true, where
// it fails. The screenshot of the graph is saved to $RELMAP_ARTIFACTS (or a
// temporary folder) and its path logged.
package browsertest
