/**
 * Charts of a scenario result: builds JFreeChart objects (P&amp;L by holding, value by sector) with one shared theme, and renders them to PNG or SVG bytes, with no side effects such as writing files.
 * Depends on {@code io.shockfolio.domain}, JFreeChart and JFreeSVG only.
 */
package io.shockfolio.chart;
