/**
 * Immutable value types of Shockfolio: holdings, portfolios, shocks, scenarios and results, plus
 * the exceptions the core throws. Depends on the JDK alone.
 */
package io.shockfolio.domain;
