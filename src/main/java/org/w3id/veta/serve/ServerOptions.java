package org.w3id.veta.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server runs. {@code allInterfaces} false binds to the loopback interface only (the default);
 * {@code uiBase} is a scratch folder the Fuseki UI module needs for its own bookkeeping.
 */
public record ServerOptions(int port, boolean allInterfaces, Duration queryTimeout, Path uiBase) {}
