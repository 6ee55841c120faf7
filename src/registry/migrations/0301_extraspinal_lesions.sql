-- bonemet issue 14: lesions outside the spine (pelvis, sacrum, long bones: the knowledge core's
-- lesion sites) and the treatments that name the lesions they treated. Existing lesions are spinal:
-- they keep their level and read as site 'spine'.
ALTER TABLE lesions ADD COLUMN site text NOT NULL DEFAULT 'spine';
ALTER TABLE lesions ALTER COLUMN level DROP NOT NULL;
ALTER TABLE lesions ADD CONSTRAINT lesions_level_spinal CHECK ((site = 'spine') = (level IS NOT NULL));
ALTER TABLE lesions ADD COLUMN fracture text;
ALTER TABLE lesions ADD COLUMN acetabulum_involved boolean;
ALTER TABLE lesions ADD COLUMN long_bone text;
ALTER TABLE lesions ADD COLUMN bone_region text;
ALTER TABLE lesions ADD COLUMN peritrochanteric boolean;
ALTER TABLE lesions ADD COLUMN limb_pain text;
ALTER TABLE lesions ADD COLUMN cortex_involved text;
ALTER TABLE treatments ADD COLUMN lesion_ids jsonb;
