package org.chokepoint.knowledge.indicator;

import org.chokepoint.knowledge.Statement;

/** One producer's share of a stage's world output, with the statement it comes from. */
public record ProducerShare(String producer, String label, double share, Statement statement) {}
