package org.chokepoint.engine.instrument;

import org.chokepoint.reference.yaml.YamlNode;

/** Reads one kind of instrument from a shock of a scenario file. */
@FunctionalInterface
public interface InstrumentReader {

    /** The instrument {@code shock} describes; errors are located at the offending field. */
    Instrument read(YamlNode shock, ShockReader fields);
}
