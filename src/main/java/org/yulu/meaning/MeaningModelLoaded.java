package org.yulu.meaning;

/** Published once the sentence model has loaded, so passages without a vector can be given one. */
public record MeaningModelLoaded(String model) {
}
