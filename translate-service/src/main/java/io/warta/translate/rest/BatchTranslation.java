package io.warta.translate.rest;

import io.warta.translate.service.Translation;
import java.util.List;

/** Translations in the order of the request's texts. */
public record BatchTranslation(List<Translation> translations) {
}
