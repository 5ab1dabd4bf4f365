/**
 * Readers and writers: portfolio, scenario and reference-list files in; result tables, CSV and
 * JSON out. Uses {@code domain} and OpenCSV; never the model, charts or front ends.
 */
package io.shockfolio.io;
