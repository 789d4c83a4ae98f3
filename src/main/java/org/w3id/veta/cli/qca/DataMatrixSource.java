package org.w3id.veta.cli.qca;

import org.w3id.veta.qca.data.DataMatrix;

/**
 * Where a command gets its data from. Today only a CSV file ({@code --data}); a knowledge-graph
 * query ({@code --query NAME}) can be added by returning another implementation from {@link DataOptions}.
 */
@FunctionalInterface
public interface DataMatrixSource {
    DataMatrix load();
}
