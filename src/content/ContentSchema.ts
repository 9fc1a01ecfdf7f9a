import { z } from "zod";
import { label, paragraph } from "../text/text.js";

import type { Task } from "../generated/types.js";

/** A task of a mission, with optional sub-tasks, as postings nest their bullet lists. */
export type { Task };

/** A task of a mission, with optional sub-tasks (up to the posting's own nesting). */
export const TaskSchema: z.ZodType<Task> = z
  .object({
    text: label("The task.", 2000),
    get subtasks() {
      return z.array(TaskSchema).min(1).max(50).optional().meta({ description: "Its sub-tasks." });
    },
  })
  .strict()
  .meta({ id: "Task", title: "Task", description: "A task of a mission, with optional sub-tasks." });

/** A group of missions as the posting groups them, with the share of time when stated ("Communication – 50 %"). */
export const MissionGroupSchema = z
  .object({
    title: label("The group's heading.", 500).optional(),
    share: z.number().gt(0).max(1).optional().meta({ description: "Share of working time (`0.5` for 50 %), when stated." }),
    intro: paragraph("Text introducing the group.", 4000).optional(),
    tasks: z.array(TaskSchema).min(1).max(100).meta({ description: "The tasks of the group." }),
  })
  .strict()
  .meta({ id: "MissionGroup", title: "Mission group", description: "A group of missions as the posting groups them." });

/** A group of missions. */
export type { MissionGroup } from "../generated/types.js";

/** A titled section of free text the structure has no other place for ("Histoire du projet"). */
export const TextSectionSchema = z
  .object({
    heading: label("The section heading.", 300),
    text: paragraph("The section text."),
  })
  .strict()
  .meta({ id: "TextSection", title: "Text section", description: "A titled section of free text." });

/** The text of the posting: summary, context, missions, profile. */
export const ContentSchema = z
  .object({
    summary: paragraph("A short summary of the job (two or three sentences).", 2000).optional(),
    context: paragraph("The context of the job: the project, the team, why the post exists.").optional(),
    missions: z.array(MissionGroupSchema).min(1).max(30).optional().meta({ description: "The missions, grouped as the posting groups them." }),
    missionsNote: paragraph("Text about the missions as a whole (\"les missions décrites ne sont ni limitatives, ni exhaustives\").", 4000).optional(),
    profile: paragraph("The profile sought, as text (structured requirements go in `requirements`).").optional(),
    sections: z.array(TextSectionSchema).min(1).max(30).optional().meta({ description: "Other titled sections." }),
  })
  .strict()
  .meta({ id: "Content", title: "Content", description: "The text of the posting: summary, context, missions, profile." });

/** The text of the posting. */
export type { Content } from "../generated/types.js";
/** A titled section of free text. */
export type { TextSection } from "../generated/types.js";
