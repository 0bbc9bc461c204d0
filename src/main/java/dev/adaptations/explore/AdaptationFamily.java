package dev.adaptations.explore;

import java.util.List;

import dev.adaptations.work.Adaptation;
import dev.adaptations.work.Work;

/** An original and its transitive adaptations. */
record AdaptationFamily(Work root, List<Work> works, List<Adaptation> adaptations) {
}
