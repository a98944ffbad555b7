"""The National Action Plan (PNA) as data: objectives, actions and their indicators."""
