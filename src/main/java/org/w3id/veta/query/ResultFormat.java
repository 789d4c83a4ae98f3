package org.w3id.veta.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** How results are printed: an aligned text table, CSV, TSV or SPARQL JSON. Graph results print as Turtle. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    void write(QueryExecution execution, OutputStream out) {
        var query = execution.getQuery();
        if (query.isAskType()) {
            boolean answer = execution.execAsk();
            switch (this) {
                case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
                case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
                case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
                default -> new PrintStream(out, true, StandardCharsets.UTF_8).println(answer ? "yes" : "no");
            }
            return;
        }
        if (query.isConstructType() || query.isDescribeType()) {
            var model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
            RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
            return;
        }
        ResultSet results = execution.execSelect();
        switch (this) {
            case TABLE -> ResultSetFormatter.out(out, results, query.getPrologue());
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }
}
