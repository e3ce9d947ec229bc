/** The page shown instead of the reader when the corpus cannot be used. */
import { escapeHtml } from '../../shared/html';

/**
 * A self-contained HTML page saying what is wrong and which file it is. Plain markup only: the
 * strict CSP allows no inline script or style, and the page needs neither.
 */
export function renderErrorPage(problem: string, filePath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The reader cannot open its documents</title>
</head>
<body>
<main>
<h1>The reader cannot open its documents</h1>
<p>${escapeHtml(problem)}</p>
<p>File: <code>${escapeHtml(filePath)}</code></p>
<p>Nothing was changed or deleted. Reinstall the application or, if you build it yourself, run <code>npm run build</code>.</p>
</main>
</body>
</html>`;
}
