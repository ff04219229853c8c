-- Chairside schema 3: materials inventory. Stock is the sum of movements, never a stored number.

CREATE TABLE materials (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    description   TEXT,
    unit          TEXT,
    price         TEXT, -- decimal as text ("12.50"), exact for money
    reorder_level REAL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX materials_name ON materials (name COLLATE NOCASE);

-- Append-only. quantity is signed: received > 0, used < 0, adjusted either way.
CREATE TABLE stock_movements (
    id          TEXT PRIMARY KEY,
    material_id TEXT NOT NULL REFERENCES materials (id),
    kind        TEXT NOT NULL CHECK (kind IN ('received', 'used', 'adjusted')),
    quantity    REAL NOT NULL,
    note        TEXT,
    moved_by    TEXT REFERENCES users (id),
    moved_at    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX stock_movements_material ON stock_movements (material_id, moved_at);

CREATE TRIGGER stock_movements_append_only_update BEFORE UPDATE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END;
CREATE TRIGGER stock_movements_append_only_delete BEFORE DELETE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END;
