/**
 * Charts of scenario results: builds JFreeChart objects with one shared theme ({@link io.shockfolio.chart.ChartKind}
 * lists them all) and renders them to PNG or SVG bytes, with no side effects such as writing files.
 * Depends on {@code io.shockfolio.domain}, JFreeChart and JFreeSVG only.
 */
package io.shockfolio.chart;
