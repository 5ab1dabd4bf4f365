/**
 * Reports of scenario results for people: one self-contained HTML file (charts inline as SVG, no
 * scripts, nothing fetched) or the same report as GitHub-flavoured Markdown (charts as PNG links).
 * Depends on {@code io.shockfolio.domain}, the JDK's XML parser and Commons Text (HTML escaping) only.
 */
package io.shockfolio.report;
