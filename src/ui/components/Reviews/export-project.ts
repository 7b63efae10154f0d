// Downloads the open review as its project JSON (original text, title, language, review state): the way out when storage fails.
import type { PersistenceController } from '../../../store/slices/reviews/persistence-controller.ts';
import { baseName, downloadText } from '../Review/download.ts';

export function downloadReviewProject(controller: Pick<PersistenceController, 'exportProject'>): void {
  const project = controller.exportProject();
  if (!project) return;
  downloadText(`${baseName(project.title)}.review.json`, JSON.stringify(project, null, 2), 'application/json');
}
