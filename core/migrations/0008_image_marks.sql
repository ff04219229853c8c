-- Chairside schema 8: what a dentist marks on an image in the X-ray viewer, saved with the image. Plain fields,
-- so under sync the last writer wins per field like any other.

-- The viewer's text, arrow and distance marks as a JSON array, in source pixel coordinates.
ALTER TABLE record_images ADD COLUMN annotations TEXT;
-- Millimetres per source pixel once the image was calibrated against a known length; NULL until then.
ALTER TABLE record_images ADD COLUMN pixel_spacing_mm REAL;
