package org.w3id.veta.cli.qca;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.veta.qca.QcaException;
import org.w3id.veta.qca.data.CsvDataReader;
import picocli.CommandLine.Option;

/**
 * The data options shared by every QCA subcommand. This is the hook for other data sources: add e.g. a
 * {@code --query NAME} option here and return the matching {@link DataMatrixSource} from {@link #source()}.
 */
public class DataOptions {

    @Option(names = "--data", paramLabel = "FILE.csv",
            description = "CSV file: first row column names, first column case names, numbers elsewhere.")
    Path dataFile;

    public DataMatrixSource source() {
        if (dataFile == null) {
            throw new QcaException("no data given: use --data FILE.csv");
        }
        return () -> {
            if (!Files.isRegularFile(dataFile)) {
                throw new QcaException(dataFile + ": no such file");
            }
            return CsvDataReader.read(dataFile);
        };
    }
}
