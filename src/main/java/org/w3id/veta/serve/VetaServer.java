package org.w3id.veta.serve;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Embedded Fuseki serving one dataset, {@code /veta}, strictly read-only, with the Fuseki web UI at {@code /}.
 *
 * <p>Only query and graph-read endpoints exist, so SPARQL Update, uploads and graph-store writes have nowhere to
 * go (404/405), whatever the UI offers. The admin module is deliberately absent: without authentication it would
 * let anyone create and delete datasets.
 */
public final class VetaServer {
    public static final String DATASET = "/veta";

    private VetaServer() {}

    public static FusekiServer start(DatasetGraph dataset, ServerOptions options) {
        // Fuseki reads the timeout from the dataset's context: cut off queries that run too long.
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));
        DataService service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "")
                .build();
        FusekiServer server = FusekiServer.create()
                .port(options.port())
                .loopback(!options.allInterfaces())
                .add(DATASET, service)
                .enableCors(true, null)
                .enablePing(true)
                .enableStats(true)
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(options.uiBase()))
                .fusekiModules(FusekiModules.create(FMod_UI.create()))
                .addServlet("/$/server", new ActionServerStatus())
                .build();
        return server.start();
    }
}
