// Downloads the open review as its project JSON (the opened file, title, languages, review state): the way out when storage fails.
import { baseNameOf } from '../../../core/project/export-work.ts';
import { serializeProject } from '../../../core/project/project-json.ts';
import type { PersistenceController } from '../../../store/slices/reviews/persistence-controller.ts';
import { downloadText } from '../Review/download.ts';

export function downloadReviewProject(controller: Pick<PersistenceController, 'exportProject'>): void {
  const project = controller.exportProject();
  if (!project) return;
  downloadText(`${baseNameOf(project.file.name || project.title)}.review.json`, serializeProject(project), 'application/json');
}
