package io.warta.translate.engine.remote;

import io.warta.translate.engine.TranslationEngine;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Test-only engine that stands for a neural engine whose model failed to load: the remote-engine tests put it
 * first in the order, so they show it is skipped, reported, and never takes readiness down. Other tests do not
 * name it, so it only appears among the engines outside their order.
 */
@ApplicationScoped
public class FailedToLoadEngine implements TranslationEngine {

    public static final String ID = "failed-neural";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        throw new IllegalStateException("no model, no version");
    }

    @Override
    public boolean isReady() {
        return false;
    }

    @Override
    public String state() {
        return "failed: encoder_model.onnx is missing";
    }

    @Override
    public String translate(String sentence) {
        throw new IllegalStateException(state());
    }
}
