/**
 * The desktop view: a Swing window on the same use cases as the command line. {@link
 * io.shockfolio.gui.DesktopPresenter} holds the inputs and works out what the window shows, off
 * the event thread and without Swing; the window only draws it. May use {@code app}, {@code
 * domain}, {@code chart}, JFreeChart, Swing and FlatLaf; nothing uses it but the service loader.
 */
package io.shockfolio.gui;
