package io.warta.gateway.rest;

import jakarta.validation.constraints.NotBlank;
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
        String text) {
}
