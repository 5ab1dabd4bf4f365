/**
 * The arithmetic of a run: matching holdings to shocks, exchange rates and applying a scenario to
 * a portfolio. Uses {@code domain} and Commons Math; never {@code io}, {@code chart} or the front ends.
 */
package io.shockfolio.model;
