package org.w3id.veta.load;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Dates as precise as the sources are: {@code YYYY} (xsd:gYear), {@code YYYY-MM} (xsd:gYearMonth) or
 * {@code YYYY-MM-DD} (xsd:date). The datatype carries the precision, so nothing is padded with a guessed day.
 */
public final class Dates {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Dates() {}

    /** The literal, or null when the text is not a valid date at one of the three precisions. */
    public static Literal parse(String text) {
        try {
            if (YEAR.matcher(text).matches()) {
                return ResourceFactory.createTypedLiteral(text, XSDDatatype.XSDgYear);
            }
            if (YEAR_MONTH.matcher(text).matches()) {
                YearMonth.parse(text);
                return ResourceFactory.createTypedLiteral(text, XSDDatatype.XSDgYearMonth);
            }
            if (DAY.matcher(text).matches()) {
                LocalDate.parse(text);
                return ResourceFactory.createTypedLiteral(text, XSDDatatype.XSDdate);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
