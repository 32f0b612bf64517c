"""Helpers of Scripts/build-glossary: transliteration, sources, YAML output."""
