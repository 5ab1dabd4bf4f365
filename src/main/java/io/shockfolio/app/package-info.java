/**
 * Use cases, one class each: load, model, render. The command line and the desktop view both
 * call these and nothing below them. May use every package but {@code cli} and {@code gui}.
 */
package io.shockfolio.app;
