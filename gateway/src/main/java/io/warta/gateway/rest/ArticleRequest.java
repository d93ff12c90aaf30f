package io.warta.gateway.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An Indonesian news article")
public record ArticleRequest(
        @Size(max = 1000, message = "must be at most 1000 characters")
        @Schema(description = "The title; detected from the text's first line when absent",
                example = "Putin Telepon Kim Jong-un sebelum Bertemu Trump Pekan Ini") String title,
        @NotBlank(message = "must not be blank")
        @Schema(required = true, description = "The article as pasted: body, optionally with bylines, date line and captions",
                example = "Bisnis.com, JAKARTA – Presiden Rusia Vladimir Putin menelepon Pemimpin Tertinggi Korea Utara Kim Jong-un pada Selasa (12/8/2025) untuk menjelaskan perkembangan perang di Ukraina menjelang pertemuannya dengan Presiden AS Donald Trump di Alaska.\\n\\nKedua pemimpin juga bertukar pandangan mengenai berbagai isu strategis yang menjadi perhatian bersama.")
        String text,
        @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                message = "must be a glossary id (a UUID)")
        @Schema(description = "A stored glossary (POST /api/v1/glossaries) whose terms the translation must keep; 404 "
                + "when there is none with this id", example = "5b8e1f0c-2d4a-4b7e-9a61-3c0d2e7f9b15")
        String glossaryId) {

    public ArticleRequest(String title, String text) {
        this(title, text, null);
    }
}
