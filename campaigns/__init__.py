"""ANITP's content and reach system: prevention campaigns, materials and their reach."""
