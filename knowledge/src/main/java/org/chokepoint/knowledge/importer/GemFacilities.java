package org.chokepoint.knowledge.importer;

import java.util.List;
import java.util.Optional;
import org.chokepoint.knowledge.Good;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.RowProblem;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.model.geo.Country;
import org.chokepoint.model.unit.Quantity;
import org.chokepoint.reference.ReferenceData;

/**
 * What the Global Energy Monitor trackers state about one facility or route, written the same way
 * for LNG terminals and pipelines: capacity, status, start year, owners and the countries it lies
 * in. Country names it cannot resolve are reported, not guessed.
 */
final class GemFacilities {

    private final ReferenceData reference;
    private final Source source;
    private final String file;
    private final Good good;

    GemFacilities(ReferenceData reference, Source source, String file, Good good) {
        this.reference = reference;
        this.source = source;
        this.file = file;
        this.good = good;
    }

    /**
     * The statements of one row about {@code facility}, each quoting {@code quote} (the row's
     * cells that were read; a route's geometry is left out); problems go to {@code problems}.
     */
    void add(
            Subject facility,
            CsvRow row,
            String quote,
            Optional<Quantity> capacity,
            String status,
            String startYear,
            String owners,
            List<String> countries,
            int countryColumn,
            Optional<String> note,
            List<Statement> statements,
            List<RowProblem> problems) {
        capacity.ifPresent(c -> statements.add(
                statement(facility, Property.CAPACITY, Optional.empty(), new Value.Measured(c), note, quote)));
        text(facility, Property.STATUS, status, quote).ifPresent(statements::add);
        text(facility, Property.START_YEAR, startYear, quote).ifPresent(statements::add);
        text(facility, Property.OWNER, owners, quote).ifPresent(statements::add);
        for (String name : countries) {
            Optional<Country> country = reference.countries().find(name);
            if (country.isEmpty()) {
                problems.add(
                        new RowProblem(file, row.line(), countryColumn, "country", "unknown country '" + name + "'"));
                continue;
            }
            Subject where = new Subject(
                    Subject.Kind.COUNTRY,
                    country.get().id().alpha3(),
                    country.get().english());
            statements.add(statement(
                    facility,
                    Property.LOCATED_IN,
                    Optional.of(where),
                    new Value.Text(country.get().id().alpha3()),
                    Optional.empty(),
                    quote));
        }
    }

    private Optional<Statement> text(Subject facility, Property property, String value, String quote) {
        String text = value.strip();
        return text.isEmpty() || text.equals("--")
                ? Optional.empty()
                : Optional.of(
                        statement(facility, property, Optional.empty(), new Value.Text(text), Optional.empty(), quote));
    }

    private Statement statement(
            Subject facility,
            Property property,
            Optional<Subject> counterpart,
            Value value,
            Optional<String> note,
            String quote) {
        return Statement.of(
                facility,
                property,
                Optional.of(good),
                counterpart,
                Optional.empty(),
                value,
                false,
                note,
                source,
                quote,
                "en");
    }

    /** A capacity of 0 or more, or empty for a blank or "--" cell; see {@link Amounts#read}. */
    static Optional<Double> number(String cell) {
        return cell.strip().equals("--") ? Optional.empty() : Amounts.read(cell);
    }
}
